package org.fahras.clean;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fahras.analysis.ArabicNormalizer;
import org.fahras.config.ConfigFiles;

/**
 * Reads publication dates: ISO 8601 as meta tags and JSON-LD give them, and Arabic dates as pages
 * print them ("الجمعة 24 نيسان / أبريل 2020", "07 أكتوبر 2020"), with the month names of
 * {@code index-config/arabic-months.tsv}. A time with an offset keeps the publisher's local day:
 * an article of 01:59 on the 25th in Beirut was published on the 25th, not on the 24th in UTC.
 */
public final class PublicationDate {
  /** 21/07/2015 or 21-07-2015: the day first, as Arabic sites write it. */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
  private record Month(int number, String name) {}

  private final List<Month> months;
  private final Pattern arabicDate;

  PublicationDate(List<String[]> rows) {
    List<Month> list = new ArrayList<>();
    for (String[] row : rows) {
      for (String name : row[1].split("\\|")) {
        list.add(new Month(Integer.parseInt(row[0]), ArabicNormalizer.normalize(name.strip())));
      }
    }
    list.sort(Comparator.comparingInt((Month m) -> -m.name().length())); // "تشرين الثاني" before "تشرين"
    this.months = List.copyOf(list);
    StringBuilder names = new StringBuilder();
    for (Month month : months) {
      names.append(names.isEmpty() ? "" : "|").append(Pattern.quote(month.name()));
    }
    // day, month name(s) (a second name may follow after "/"), year
    this.arabicDate = Pattern.compile(
        "(\\d{1,2})\\s*(?:من\\s+)?(" + names + ")(?:\\s*[/\\-]\\s*(?:" + names + "))?\\s*[،,]?\\s*(\\d{4})");
  }

  public static PublicationDate load(ConfigFiles config) {
    return new PublicationDate(ConfigFiles.table(config.config("arabic-months.tsv")));
  }

  /** The first of the candidates that reads as a date, or null. */
  public Instant first(List<String> candidates) {
    for (String candidate : candidates) {
      Instant date = parse(candidate);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** An ISO date or date-time (local day kept), or an Arabic date in text; null when there is none. */
  public Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    try {
      return OffsetDateTime.parse(s).toLocalDateTime().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notOffset) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notLocal) {
      // try the next form
    }
    try {
      // RFC 1123, as feeds and HTTP headers write it: "Sun, 18 Feb 2018 21:35:43 +0400"
      return OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDateTime().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notRfc1123) {
      // try the next form
    }
    Matcher day = DAY_MONTH_YEAR.matcher(s);
    if (day.matches()) {
      try {
        return LocalDate.of(Integer.parseInt(day.group(3)), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(1)))
            .atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeException impossible) {
        return null;
      }
    }
    if (s.length() >= 19 && s.charAt(10) == ' ') {
      try {
        return LocalDateTime.parse(s.substring(0, 10) + "T" + s.substring(11, 19)).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notSpaced) {
        // try the day alone
      }
    }
    if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      try {
        return LocalDate.parse(s.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notIsoDay) {
        // try Arabic text
      }
    }
    return inText(s);
  }

  /** The first Arabic date written in the text, or null. */
  public Instant inText(String text) {
    Matcher m = arabicDate.matcher(ArabicNormalizer.normalize(text));
    while (m.find()) {
      try {
        int month = months.stream().filter(x -> x.name().equals(m.group(2))).findFirst().orElseThrow().number();
        return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)))
            .atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeException impossible) {
        // "31 فبراير" is not a date; look further
      }
    }
    return null;
  }
}
