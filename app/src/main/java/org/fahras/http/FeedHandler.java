package org.fahras.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.fahras.search.ArticleSearch;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.fahras.search.SearchResponse.Hit;
import org.fahras.search.SearchResponse.Snippet;

/**
 * Every search as an Atom feed (RFC 4287), newest first: the address a journalist gives a feed
 * reader or a newsroom tool to follow a search, with no account. It takes the search's parameters
 * (its filters, dates, mode, folding), always sorted by date, {@value #ENTRIES} entries unless
 * {@code per_page} says otherwise; each entry links to the article's view on the page.
 */
final class FeedHandler {
  static final int ENTRIES = 20;
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final ArticleSearch search;

  FeedHandler(ArticleSearch search) {
    this.search = search;
  }

  void feed(HttpServerExchange exchange) throws IOException {
    Map<String, List<String>> params = ApiHandlers.params(exchange);
    params.put("sort", List.of("date:desc"));
    params.put("facets", List.of(""));
    params.putIfAbsent("per_page", List.of(Integer.toString(ENTRIES)));
    SearchRequest request = SearchParams.parse(params);
    SearchResponse response = search.search(request);
    String base = exchange.getRequestScheme() + "://" + exchange.getHostAndPort();
    String query = exchange.getQueryString();
    String self = base + exchange.getRequestPath() + (query.isEmpty() ? "" : "?" + query);
    String page = base + "/" + (request.query().isEmpty() ? "" : "?q=" + PercentEncoded.of(request.query()));
    exchange.setStatusCode(200);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/atom+xml; charset=utf-8");
    Json.write(exchange, atom(request, response, base, self, page));
  }

  private static String atom(SearchRequest request, SearchResponse response, String base, String self, String page) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      xml.writeAttribute("xml:lang", "ar");
      element(xml, "id", self);
      element(xml, "title", request.query().isEmpty() ? "فهرس: أحدث المقالات" : "فهرس: " + request.query());
      element(xml, "updated", response.hits().stream().map(Hit::publishedAt).filter(d -> d != null).findFirst().orElse(Instant.now().toString()));
      link(xml, "self", self, "application/atom+xml");
      link(xml, "alternate", page, "text/html");
      xml.writeStartElement("author");
      element(xml, "name", "فهرس");
      xml.writeEndElement();
      for (Hit hit : response.hits()) {
        String when = hit.publishedAt() != null ? hit.publishedAt() : Instant.now().toString();
        xml.writeStartElement("entry");
        element(xml, "id", base + "/api/v1/documents/" + PercentEncoded.of(hit.id()));
        element(xml, "title", hit.title() != null && !hit.title().isBlank() ? hit.title() : hit.opening() != null ? hit.opening() : hit.id());
        link(xml, "alternate", base + "/?doc=" + PercentEncoded.of(hit.id()), "text/html");
        element(xml, "updated", when);
        if (hit.publishedAt() != null) {
          element(xml, "published", hit.publishedAt());
        }
        if (!hit.source().isEmpty()) {
          xml.writeStartElement("author");
          element(xml, "name", hit.source());
          xml.writeEndElement();
        }
        String summary = hit.snippets().stream().filter(s -> s.field().equals("body")).map(Snippet::text).findFirst()
            .orElse(hit.opening() != null ? hit.opening() : "");
        if (!summary.isEmpty()) {
          element(xml, "summary", summary);
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing the feed to a string", e);
    }
    return text.toString();
  }

  private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }
}
