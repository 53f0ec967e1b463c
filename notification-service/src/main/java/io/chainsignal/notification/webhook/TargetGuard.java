package io.chainsignal.notification.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

import org.springframework.stereotype.Component;

/**
 * The SSRF guard: webhook targets must be http(s) URLs whose host resolves only to public
 * addresses. It checks at creation, and the webhook HTTP client resolves through
 * {@link #resolveAllowed(String)} so that the address it connects to is the one checked
 * (no second lookup a rebinding DNS could answer differently).
 */
@Component
public class TargetGuard {

	private final HostResolver resolver;

	private final boolean allowPrivate;

	public TargetGuard(HostResolver resolver, WebhookSettings settings) {
		this.resolver = resolver;
		this.allowPrivate = settings.allowPrivateTargets();
	}

	/**
	 * Checks a webhook URL before it is stored.
	 * @param url the URL
	 * @throws RefusedTargetException saying why it is refused
	 */
	public void check(String url) throws RefusedTargetException {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new RefusedTargetException("must be an absolute http or https URL: " + ex.getReason());
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase() : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new RefusedTargetException("must be an http or https URL, got scheme \"" + scheme + "\"");
		}
		if (uri.getHost() == null || uri.getHost().isEmpty()) {
			throw new RefusedTargetException("must name a host");
		}
		if (uri.getRawUserInfo() != null) {
			throw new RefusedTargetException("must not carry user information");
		}
		try {
			resolveAllowed(uri.getHost());
		}
		catch (RefusedTargetException ex) {
			throw ex;
		}
		catch (UnknownHostException ex) {
			throw new RefusedTargetException("host " + uri.getHost() + " does not resolve");
		}
	}

	/**
	 * Resolves a host and refuses it when any of its addresses is not public.
	 * @param host the host name or IP literal
	 * @return the addresses to connect to
	 * @throws UnknownHostException if it does not resolve, or a
	 * {@link RefusedTargetException} if it is refused
	 */
	public InetAddress[] resolveAllowed(String host) throws UnknownHostException {
		String bare = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		InetAddress[] addresses = this.resolver.resolve(bare);
		if (!this.allowPrivate) {
			for (InetAddress address : addresses) {
				String kind = forbiddenKind(address);
				if (kind != null) {
					throw new RefusedTargetException(
							"host " + host + " resolves to " + address.getHostAddress() + ", a " + kind + " address");
				}
			}
		}
		return addresses;
	}

	/**
	 * Names the kind of a non-public address.
	 * @param address the address
	 * @return e.g. "loopback", or null for a public address
	 */
	static String forbiddenKind(InetAddress address) {
		byte[] b = address.getAddress();
		if (address instanceof Inet6Address && isIpv4Mapped(b)) {
			try {
				return forbiddenKind(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
			}
			catch (UnknownHostException ex) {
				throw new IllegalStateException(ex);
			}
		}
		if (address.isLoopbackAddress()) {
			return "loopback";
		}
		if (address.isAnyLocalAddress()) {
			return "unspecified";
		}
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			if (first == 169 && second == 254) {
				return (b[2] == (byte) 169 && b[3] == (byte) 254) ? "cloud metadata" : "link-local";
			}
			if (first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)) {
				return "private";
			}
			if (first == 100 && second >= 64 && second <= 127) {
				return "carrier-grade NAT";
			}
			if (first == 0 || first >= 224) {
				return "reserved or multicast";
			}
			return null;
		}
		if (address.isLinkLocalAddress()) {
			return "link-local";
		}
		if ((b[0] & 0xfe) == 0xfc) {
			return (b[0] == (byte) 0xfd && b[1] == 0 && b[2] == 0x0e && b[3] == (byte) 0xc2) ? "cloud metadata"
					: "unique-local";
		}
		if (address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return "site-local or multicast";
		}
		return null;
	}

	private static boolean isIpv4Mapped(byte[] b) {
		for (int i = 0; i < 10; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
	}

}
