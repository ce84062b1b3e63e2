package dev.kabar.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * OPML, the list of feeds readers exchange: every {@code <outline xmlUrl>} at any depth is read (a
 * DOCTYPE is refused, so no entity is expanded); the followed feeds are written as OPML 2.0.
 */
public final class Opml {

    /** One feed of a list: its address and the name the list gives it (empty when none). */
    public record Entry(String url, String title) {}

    private Opml() {}

    /** @throws FeedException the bytes are no OPML, in one line */
    public static List<Entry> read(byte[] bytes, String source) throws FeedException {
        Document doc;
        try {
            doc = builder().parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new FeedException("not OPML: malformed XML at line " + e.getLineNumber() + " of " + source + " ("
                    + e.getMessage() + ")", e);
        } catch (SAXException | IOException e) {
            throw new FeedException("not OPML: " + source + " (" + e.getMessage() + ")", e);
        }
        if (!"opml".equals(doc.getDocumentElement().getTagName())) {
            throw new FeedException("not OPML: " + source + " starts with <" + doc.getDocumentElement().getTagName()
                    + ">, not <opml>");
        }
        List<Entry> entries = new ArrayList<>();
        NodeList outlines = doc.getElementsByTagName("outline");
        for (int i = 0; i < outlines.getLength(); i++) {
            Element o = (Element) outlines.item(i);
            String url = o.getAttribute("xmlUrl").strip();
            if (!url.isEmpty()) {
                String title = o.getAttribute("title").isBlank() ? o.getAttribute("text") : o.getAttribute("title");
                entries.add(new Entry(url, title.strip()));
            }
        }
        return entries;
    }

    /** The feeds as an OPML 2.0 document. */
    public static String write(List<Feed> feeds) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n"
                + "  <head><title>kabar feeds</title></head>\n  <body>\n");
        for (Feed f : feeds) {
            String title = escape(f.title().isEmpty() ? f.url() : f.title());
            out.append("    <outline type=\"rss\" text=\"").append(title).append("\" title=\"").append(title)
                    .append("\" xmlUrl=\"").append(escape(f.url())).append("\"/>\n");
        }
        return out.append("  </body>\n</opml>\n").toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler()); // errors thrown, not printed
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot refuse DOCTYPEs: " + e.getMessage(), e);
        }
    }
}
