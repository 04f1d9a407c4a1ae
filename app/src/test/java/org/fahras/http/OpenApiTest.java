package org.fahras.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.undertow.server.RoutingHandler;
import io.undertow.util.HttpString;
import io.undertow.util.PathTemplate;
import io.undertow.util.PathTemplateMatcher;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fahras.SampleCorpus;
import org.fahras.cli.Engine;
import org.fahras.config.ConfigFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI description is a valid OpenAPI 3 document (swagger-parser, resolving every
 * reference), names every route of the server's route table, and every parameter the server
 * accepts on each: the server itself says which it accepts, in the problem it answers to an
 * unknown one.
 */
class OpenApiTest {
  private static final java.net.http.HttpClient CLIENT = java.net.http.HttpClient.newHttpClient();
  private static OpenAPI api;

  private static java.net.http.HttpRequest.Builder to(String pathAndQuery) {
    return java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + SampleCorpus.server().port() + pathAndQuery));
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return CLIENT.send(to(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(String path, String json) throws Exception {
    return CLIENT.send(to(path).header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json, java.nio.charset.StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void read() throws Exception {
    String json = get("/api/v1/openapi.json").body();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
    assertEquals(List.of(), result.getMessages(), "a valid OpenAPI 3 document");
    api = result.getOpenAPI();
    assertNotNull(api);
  }

  private static Map<String, Operation> operations() {
    Map<String, Operation> operations = new java.util.TreeMap<>();
    api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> operations.put(method + " " + path, op)));
    return operations;
  }

  @Test
  void theDocumentIsCompleteWhereClientsNeedIt() {
    assertFalse(api.getServers().isEmpty(), "servers");
    Schema<?> body = api.getPaths().get("/api/v1/search").getPost().getRequestBody().getContent().get("application/json").getSchema();
    assertEquals("#/components/schemas/SearchBody", body.get$ref(), "the POST body is typed");
    for (String answer : List.of("Document", "Health", "Problem", "SearchResponse", "FacetValues", "Suggestions")) {
      assertTrue(api.getComponents().getSchemas().containsKey(answer), answer);
    }
    assertNotNull(api.getPaths().get("/api/v1/search/export").getGet().getResponses().get("200").getHeaders().get(ExportHandler.ROWS_HEADER));
  }

  @Test
  void everyRouteOfTheServerIsDescribedAndNothingElse(@TempDir Path dir) throws Exception {
    Set<String> served = new TreeSet<>();
    try (Engine engine = Engine.open(ConfigFiles.defaults(), dir.resolve("index"))) {
      RoutingHandler routes = FahrasServer.routes(new ApiHandlers(engine.search(), engine.store()), FahrasServer.facetHandlers(engine.search()),
          new ExportHandler(engine.search(), 1, java.time.Clock.systemUTC()), new WriteHandlers(engine.pipeline(), WriteAccess.disabled()),
          Runnable::run, Runnable::run, java.time.Duration.ofSeconds(30));
      // Undertow keeps its route table to itself; read it rather than keep a second list here
      Method matches = RoutingHandler.class.getDeclaredMethod("getMatches");
      matches.setAccessible(true);
      @SuppressWarnings("unchecked")
      Map<HttpString, PathTemplateMatcher<?>> table = (Map<HttpString, PathTemplateMatcher<?>>) matches.invoke(routes);
      table.forEach((method, matcher) -> {
        // HEAD answers every GET route as GET does, without the body; the description lists the GETs
        if (method.equalToString("HEAD")) {
          return;
        }
        for (PathTemplate template : matcher.getPathTemplates()) {
          served.add(method + " " + template.getTemplateString());
        }
      });
    }
    assertEquals(served, operations().keySet());
  }

  private static Set<String> declared(Operation op) {
    Set<String> names = new TreeSet<>();
    for (Parameter p : op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
      if ("query".equals(p.getIn())) {
        names.add(p.getName());
      }
    }
    return names;
  }

  /** The parameters the server lists when refused an unknown one (a route that ignores parameters lists none). */
  private static List<String> accepted(HttpResponse<String> refusal) {
    JsonObject problem = ApiTest.json(refusal);
    String detail = problem.has("detail") ? problem.get("detail").getAsString() : "";
    int at = detail.indexOf("known parameters: ");
    return at < 0 ? List.of() : Arrays.asList(detail.substring(at + "known parameters: ".length()).split(", "));
  }

  private static String concrete(String path) {
    return path.replace("{id}", SampleCorpus.A002).replace("{name}", "country");
  }

  @Test
  void everyParameterTheServerAcceptsIsDescribedAndEveryDescribedOneIsAccepted() throws Exception {
    List<String> checked = new ArrayList<>();
    for (var entry : api.getPaths().entrySet()) {
      Operation get = entry.getValue().getGet();
      if (get == null) {
        continue;
      }
      Set<String> declared = declared(get);
      String required = declared.contains("prefix") ? "prefix=" + ApiTest.enc("تو") + "&" : "";
      String path = concrete(entry.getKey());
      HttpResponse<String> refusal = get(path + "?" + required + "no_such_parameter=1");
      for (String name : accepted(refusal)) {
        assertTrue(declared.contains(name), entry.getKey() + " accepts " + name + ", undescribed");
        checked.add(entry.getKey() + " " + name);
      }
      for (String name : declared) {
        HttpResponse<String> answer = get(path + "?" + required + ApiTest.enc(name) + "=1");
        assertFalse(answer.body().contains("unknown parameter"), entry.getKey() + " refuses its described " + name + ": " + answer.body());
      }
    }
    assertTrue(checked.contains("/api/v1/search/export exclude.source"), checked.toString());
    assertTrue(checked.contains("/api/v1/facets/{name}/values facet_size.topic"), checked.toString());
    assertTrue(checked.contains("/api/v1/documents/{id} view"), checked.toString());

    Map<String, Schema> body = api.getComponents().getSchemas().get("SearchBody").getProperties();
    for (String name : accepted(post("/api/v1/search", "{\"no_such_field\": 1}"))) {
      assertTrue(body.containsKey(name), "POST /api/v1/search accepts " + name + ", undescribed");
    }
    for (String name : body.keySet()) {
      String value = name.startsWith("filter") || name.startsWith("exclude") ? "{\"country\": \"TN\"}" : "1";
      HttpResponse<String> answer = post("/api/v1/search", "{\"" + name + "\": " + (name.contains(".") ? "1" : value) + "}");
      assertFalse(answer.body().contains("unknown parameter"), "POST body field " + name + ": " + answer.body());
    }
  }
}
