package org.fahras.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fahras.SampleCorpus;
import org.junit.jupiter.api.Test;

/** Every curl example of the README, run against a server on the sample corpus, so none can rot. */
class ReadmeExamplesTest {
  private static final Pattern CURL = Pattern.compile("^curl (?:-o \\S+ )?'http://localhost:8080(/[^']*)'$", Pattern.MULTILINE);

  @Test
  void everyCurlExampleAnswers200() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> paths = new ArrayList<>();
    Matcher m = CURL.matcher(readme);
    while (m.find()) {
      paths.add(m.group(1));
    }
    assertTrue(paths.size() >= 6, "the README's examples were found: " + paths);
    HttpClient client = HttpClient.newHttpClient();
    int port = SampleCorpus.server().port();
    for (String path : paths) {
      // sent as curl sends it: Arabic as UTF-8 bytes in the request line
      URI uri = URI.create(new URI("http", null, "127.0.0.1", port, null, null, null) + path.replace(" ", "%20"));
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), path + " → " + response.body());
    }
  }
}
