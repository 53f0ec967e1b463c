package io.chainsignal.listener.rpc;

import java.net.URI;

/**
 * Shows an endpoint as scheme, host and port only: provider URLs carry API keys in paths,
 * queries or user info, and secrets are never logged.
 */
final class RedactedUrl {

	private RedactedUrl() {
	}

	static String of(String url) {
		try {
			URI uri = URI.create(url);
			if (uri.getHost() == null) {
				return "<invalid url>";
			}
			String port = (uri.getPort() != -1) ? ":" + uri.getPort() : "";
			String hidden = (uri.getRawPath() != null && uri.getRawPath().length() > 1) || uri.getRawQuery() != null
					|| uri.getRawUserInfo() != null ? "/***" : "";
			return uri.getScheme() + "://" + uri.getHost() + port + hidden;
		}
		catch (IllegalArgumentException ex) {
			return "<invalid url>";
		}
	}

}
