package org.fahras.search;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Comparator;
import java.util.Locale;
import org.fahras.search.SearchResponse.FacetCount;

/**
 * The order in which facet values are listed: by count, most frequent first, with values of equal
 * count in Arabic alphabetical order of their labels; or by label alone. Labels are compared with
 * a {@link Collator} for Arabic, not by code point.
 *
 * <p>The JDK's Arabic collator sorts the hamza-carrying alefs (آ أ إ ٱ) as letters of their own
 * before ا, so أمريكا came before الأردن and إيطاليا far from ايطاليا. Arabic dictionaries file
 * them under ا: the tailoring below makes them secondary differences of ا, which still breaks ties.
 */
public final class FacetOrder {
  private static final String ALEF_TAILORING = "& ا , آ , أ , إ , ٱ";

  private final Collator collator;

  private FacetOrder(Collator collator) {
    this.collator = collator;
  }

  public static FacetOrder arabic() {
    RuleBasedCollator base = (RuleBasedCollator) Collator.getInstance(Locale.forLanguageTag("ar"));
    try {
      return new FacetOrder(new RuleBasedCollator(base.getRules() + ALEF_TAILORING));
    } catch (ParseException e) {
      throw new IllegalStateException("the Arabic collation tailoring does not parse", e);
    }
  }

  /** Arabic alphabetical order of labels, then the values, so that the order is total. */
  public Comparator<FacetCount> byLabel() {
    return Comparator.comparing(FacetCount::label, collator).thenComparing(FacetCount::value);
  }

  /** Most frequent first; equal counts in Arabic alphabetical order. */
  public Comparator<FacetCount> byCount() {
    return Comparator.comparingLong(FacetCount::count).reversed().thenComparing(byLabel());
  }
}
