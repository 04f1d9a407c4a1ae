package org.fahras.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fahras.config.ConfigFiles;

/**
 * The terms of office of the gazetteer's officials ({@code index-config/official-terms.tsv}: id,
 * role, country, from, to), so that an article is labelled with the role its subject held on the
 * day it was published: محمد بن سلمان is ولي ولي العهد in 2015 and ولي العهد in 2018, and
 * Mubarak is no president in 2015.
 */
final class OfficialTerms {
  /** A role held from {@code from} to {@code to} (inclusive; null while still held). */
  record Term(String role, String country, LocalDate from, LocalDate to) {
    boolean covers(LocalDate date) {
      return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
  }

  /** The role of an official on a date, {@code ended} when their last term ended before it. */
  record Held(String role, String country, boolean ended) {}

  static final OfficialTerms NONE = new OfficialTerms(Map.of());

  private final Map<String, List<Term>> terms;

  private OfficialTerms(Map<String, List<Term>> terms) {
    this.terms = terms;
  }

  /** The terms of a file; a missing file has none. */
  static OfficialTerms load(Path file) {
    Map<String, List<Term>> terms = new HashMap<>();
    for (String[] row : ConfigFiles.tableIfPresent(file)) {
      if (row.length < 4) {
        throw new IllegalArgumentException(file + ": a term needs id, role, country and from: " + String.join("\t", row));
      }
      String to = row.length > 4 ? row[4].strip() : "";
      Term term = new Term(row[1].strip(), row[2].strip(), first(row[3].strip()), to.isEmpty() ? null : last(to));
      terms.computeIfAbsent(row[0].strip(), k -> new ArrayList<>()).add(term);
    }
    terms.values().forEach(list -> list.sort((a, b) -> a.from().compareTo(b.from())));
    return new OfficialTerms(terms);
  }

  /** Whether the file gives this official's terms: then their role follows the date, or is not said. */
  boolean dated(String id) {
    return terms.containsKey(id);
  }

  /** Every role the official held, for telling whether a role phrase before a bare name fits them. */
  List<String> roles(String id) {
    List<String> roles = new ArrayList<>();
    for (Term term : terms.getOrDefault(id, List.of())) {
      roles.add(term.role());
    }
    return roles;
  }

  /**
   * The role held on the date; the last one, ended, when every term ended before it; null when
   * the date is unknown or before the first term (nothing is said rather than a wrong role).
   */
  Held heldOn(String id, LocalDate date) {
    List<Term> list = terms.get(id);
    if (list == null || date == null) {
      return null;
    }
    Term latestEnded = null;
    for (Term term : list) {
      if (term.covers(date)) {
        return new Held(term.role(), term.country(), false);
      }
      if (term.to() != null && term.to().isBefore(date)) {
        latestEnded = term;
      }
    }
    return latestEnded == null ? null : new Held(latestEnded.role(), latestEnded.country(), true);
  }

  /** Whether one of the official's terms covers the date (false when undated or unknown). */
  boolean inOffice(String id, LocalDate date) {
    if (date == null) {
      return false;
    }
    for (Term term : terms.getOrDefault(id, List.of())) {
      if (term.covers(date)) {
        return true;
      }
    }
    return false;
  }

  /** "2015", "2015-01" or "2015-01-23": the first day the text can mean. */
  private static LocalDate first(String date) {
    return switch (date.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
      case 7 -> YearMonth.parse(date).atDay(1);
      default -> LocalDate.parse(date);
    };
  }

  /** The last day the text can mean. */
  private static LocalDate last(String date) {
    return switch (date.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
      case 7 -> YearMonth.parse(date).atEndOfMonth();
      default -> LocalDate.parse(date);
    };
  }
}
