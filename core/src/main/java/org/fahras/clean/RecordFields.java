package org.fahras.clean;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fahras.config.ConfigFiles;

/**
 * Which field of a JSON Lines record holds each part of an article ({@code id}, {@code body} …):
 * the part's own name first, then the names other archives give it
 * ({@code index-config/record-fields.tsv}), unless a mapping names one field for it. A record
 * without an id of its own takes its URL, which names an article as well as an id does.
 */
public final class RecordFields {
  /** The parts of an article a record can hold. */
  public static final List<String> PARTS = List.of("id", "title", "body", "html", "url", "source", "published_at", "tags");

  /** Each part under its own name only: the write API's documented format. */
  public static final RecordFields OWN = new RecordFields(own());

  private final Map<String, List<String>> names;

  private RecordFields(Map<String, List<String>> names) {
    this.names = names;
  }

  /** The names of {@code record-fields.tsv} in {@code config}, or the own names where it is absent. */
  public static RecordFields load(ConfigFiles config) {
    Map<String, List<String>> names = own();
    for (String[] row : ConfigFiles.tableIfPresent(config.config("record-fields.tsv"))) {
      List<String> known = names.get(row[0]);
      if (known == null) {
        throw new IllegalArgumentException("record-fields.tsv: '" + row[0] + "' is not a part of an article; parts are " + PARTS);
      }
      for (int i = 1; i < row.length; i++) {
        if (!row[i].isEmpty() && !known.contains(row[i])) {
          known.add(row[i]);
        }
      }
    }
    return new RecordFields(names);
  }

  /**
   * These names with a mapping such as {@code body=content,published_at=date_extracted}: each part
   * it names is read from that field only.
   *
   * @throws IllegalArgumentException naming what is wrong with the mapping
   */
  public RecordFields with(String mapping) {
    Map<String, List<String>> mapped = new LinkedHashMap<>();
    names.forEach((part, fields) -> mapped.put(part, new ArrayList<>(fields)));
    for (String pair : mapping.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String part = eq < 0 ? pair.strip() : pair.substring(0, eq).strip();
      String field = eq < 0 ? "" : pair.substring(eq + 1).strip();
      if (!mapped.containsKey(part)) {
        throw new IllegalArgumentException("'" + part + "' is not a part of an article; parts are " + String.join(", ", PARTS));
      }
      if (field.isEmpty()) {
        throw new IllegalArgumentException("give the field for " + part + " as " + part + "=FIELD");
      }
      mapped.put(part, new ArrayList<>(List.of(field)));
    }
    return new RecordFields(mapped);
  }

  /** The record's field that holds {@code part}: the first of its names present and not null. */
  public String fieldOf(JsonObject record, String part) {
    for (String name : names.get(part)) {
      JsonElement value = record.get(name);
      if (value != null && !value.isJsonNull()) {
        return name;
      }
    }
    return part;
  }

  private static Map<String, List<String>> own() {
    Map<String, List<String>> names = new LinkedHashMap<>();
    PARTS.forEach(part -> names.put(part, new ArrayList<>(List.of(part))));
    return names;
  }
}
