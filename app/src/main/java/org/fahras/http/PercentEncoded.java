package org.fahras.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Text as RFC 3986 percent-encoded UTF-8, for a URL's path or query and a header's {@code filename*}. */
final class PercentEncoded {
  private PercentEncoded() {}

  static String of(String text) {
    // URLEncoder writes a space as the form encoding's +, which a URL path or filename* reads as a plus
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
