package io.chainsignal.notification.api;

import java.util.List;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Answers one page of a list: the body stays a JSON array, and a next page is announced
 * with an RFC 8288 {@code Link: <...>; rel="next"} header, so clients that read only the
 * first page keep working.
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * The answer for rows fetched with one row more than the limit, which tells whether a
	 * next page exists.
	 * @param <T> the row type
	 * @param fetched up to {@code limit + 1} rows, in page order
	 * @param limit the page size
	 * @param path the list's path, for the next page's link
	 * @param cursorOf the cursor after a row
	 * @return the page, with a {@code Link} header when more rows follow
	 */
	public static <T> ResponseEntity<List<T>> of(List<T> fetched, int limit, String path,
			Function<T, PageCursor> cursorOf) {
		if (fetched.size() <= limit) {
			return ResponseEntity.ok(fetched);
		}
		List<T> page = fetched.subList(0, limit);
		String next = path + "?limit=" + limit + "&cursor=" + cursorOf.apply(page.getLast()).encode();
		return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"").body(page);
	}

}
