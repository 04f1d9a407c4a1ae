package org.fahras.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes plain-text input: UTF-8 (with or without a byte-order mark) when the bytes are valid
 * UTF-8 or nearly so (a few broken bytes are replaced, not a reason to lose the article), else
 * windows-1256, the legacy Arabic code page that scraped archives still contain.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  private TextDecoder() {}

  public static String decode(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException notUtf8) {
      String lenient = new String(bytes, StandardCharsets.UTF_8);
      long replaced = lenient.chars().filter(c -> c == '\uFFFD').count();
      return replaced * 100 <= lenient.length() ? lenient.replace("\uFFFD", "") : new String(bytes, WINDOWS_1256);
    }
  }
}
