package org.fahras.clean;

/**
 * Text with nothing to read: Java's {@link String#isBlank} counts neither the non-breaking spaces
 * that web pages pad with (U+00A0, U+202F) nor the invisible marks (zero-width space, byte-order
 * mark, direction marks) that scraped Arabic text carries.
 */
public final class BlankText {
  private BlankText() {}

  public static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean invisible = Character.isWhitespace(c) || Character.isSpaceChar(c)
          || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F' || c == '\uFEFF';
      if (!invisible) {
        return false;
      }
    }
    return true;
  }
}
