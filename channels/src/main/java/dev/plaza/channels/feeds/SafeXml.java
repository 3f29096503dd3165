package dev.plaza.channels.feeds;

import dev.plaza.channels.ImportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses a feed's XML with everything that can reach outside the document or grow without bound
 * switched off: no DTD at all (so no external entities, and no entity expansion such as the
 * "billion laughs"), no XInclude, no external schemas. Feeds have no need for any of it.
 */
final class SafeXml {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private SafeXml() {
    }

    static Document parse(byte[] xml, URI source) {
        if (xml.length > MAX_BYTES) {
            throw new ImportException("the feed at %s is %d bytes; Plaza reads feeds of up to %d bytes"
                    .formatted(source, xml.length, MAX_BYTES));
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId);
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw refusal(source, e);
        } catch (IOException | ParserConfigurationException e) {
            throw new ImportException("could not read the feed at %s: %s".formatted(source, e.getMessage()), e);
        }
    }

    private static ImportException refusal(URI source, SAXException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return new ImportException(("the feed at %s declares a DTD (<!DOCTYPE …>); Plaza refuses DTDs in feeds, "
                    + "so that no entity can read files or expand without bound").formatted(source), e);
        }
        return new ImportException("the feed at %s is not well-formed XML: %s".formatted(source, message), e);
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
