package org.fahras.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.fahras.SampleCorpus;
import org.fahras.ServedIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search as an Atom feed, read by Rome as a feed reader reads it: newest first, each entry linking to its article. */
class AtomFeedTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  @TempDir static Path dir;
  private static ServedIndex served;

  @BeforeAll
  static void start() throws Exception {
    served = ServedIndex.start(dir, ServedIndex::datedSamples);
  }

  @AfterAll
  static void stop() throws Exception {
    served.close();
  }

  private static HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(served.url(pathAndQuery))).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static SyndFeed feed(String pathAndQuery) throws Exception {
    HttpResponse<byte[]> response = get(pathAndQuery);
    assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
    assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/atom+xml"));
    return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(response.body())));
  }

  @Test
  void aSearchIsAFeedNewestFirst() throws Exception {
    SyndFeed feed = feed("/api/v1/search.atom?q=" + URLEncoder.encode("ليبيا", StandardCharsets.UTF_8));
    assertEquals("atom_1.0", feed.getFeedType());
    assertEquals("فهرس: ليبيا", feed.getTitle());
    List<String> links = feed.getEntries().stream().map(SyndEntry::getLink).toList();
    assertEquals(List.of(SampleCorpus.A001, SampleCorpus.A000, SampleCorpus.A002, SampleCorpus.A004),
        links.stream().map(link -> link.substring(link.indexOf("?doc=") + 5)).toList(), links::toString);
    for (SyndEntry entry : feed.getEntries()) {
      assertTrue(entry.getUpdatedDate() != null && !entry.getTitle().isBlank(), entry::toString);
    }
    assertEquals(feed.getEntries().getFirst().getUpdatedDate(), feed.getPublishedDate(), "the feed is as new as its newest entry");
  }

  @Test
  void theFeedKeepsTheSearchsFilters() throws Exception {
    SyndFeed feed = feed("/api/v1/search.atom?q=" + URLEncoder.encode("ليبيا", StandardCharsets.UTF_8) + "&date_from=2024-01-01");
    assertEquals(2, feed.getEntries().size());
  }

  @Test
  void aBadParameterIsAProblemNotAFeed() throws Exception {
    HttpResponse<byte[]> response = get("/api/v1/search.atom?per_page=many");
    assertEquals(400, response.statusCode());
    assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
  }
}
