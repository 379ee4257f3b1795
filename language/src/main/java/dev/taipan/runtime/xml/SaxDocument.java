package dev.taipan.runtime.xml;

import java.io.ByteArrayInputStream;
import java.io.StringReader;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PList;

/**
 * The XML parsing behind Taipan's pyexpat: the JDK's SAX parser over a whole document, reporting
 * to the Python parser object's {@code _start(name, [attr, value, ...])}, {@code _end},
 * {@code _data}, {@code _comment}, {@code _pi}, {@code _start_ns} and {@code _end_ns} methods,
 * and a malformed document through {@code _fail(message, line, column)}. With a namespace
 * separator, names are expat's {@code uri + separator + localname}. External DTDs and entities
 * are never loaded (expat's default too).
 */
public final class SaxDocument {
    private SaxDocument() {
    }

    /** A Python exception raised by a handler, carried through the SAX parser. */
    private static final class GuestFailure extends SAXException {
        private static final long serialVersionUID = 1L;
        final transient PException exception;

        GuestFailure(PException e) {
            this.exception = e;
        }
    }

    @TruffleBoundary
    public static void parse(byte[] bytes, String text, String nsSep, Object target) {
        Object start = GenericAttributes.getAttribute(target, "_start");
        Object end = GenericAttributes.getAttribute(target, "_end");
        Object data = GenericAttributes.getAttribute(target, "_data");
        Object comment = GenericAttributes.getAttribute(target, "_comment");
        Object pi = GenericAttributes.getAttribute(target, "_pi");
        Object startNs = GenericAttributes.getAttribute(target, "_start_ns");
        Object endNs = GenericAttributes.getAttribute(target, "_end_ns");
        boolean ns = nsSep != null;
        DefaultHandler2 handler = new DefaultHandler2() {
            private String name(String uri, String local, String qName) {
                return ns && uri != null && !uri.isEmpty() ? uri + nsSep + local : (ns && local != null && !local.isEmpty() ? local : qName);
            }

            private void call(Object fn, Object... args) throws SAXException {
                try {
                    CallDispatch.call(fn, args);
                } catch (PException e) {
                    throw new GuestFailure(e);
                }
            }

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
                PList attrs = new PList();
                for (int i = 0; i < atts.getLength(); i++) {
                    attrs.append(name(atts.getURI(i), atts.getLocalName(i), atts.getQName(i)));
                    attrs.append(atts.getValue(i));
                }
                call(start, name(uri, local, qName), attrs);
            }

            @Override
            public void endElement(String uri, String local, String qName) throws SAXException {
                call(end, name(uri, local, qName));
            }

            @Override
            public void characters(char[] ch, int off, int len) throws SAXException {
                call(data, new String(ch, off, len));
            }

            @Override
            public void ignorableWhitespace(char[] ch, int off, int len) throws SAXException {
                call(data, new String(ch, off, len));
            }

            @Override
            public void comment(char[] ch, int off, int len) throws SAXException {
                call(comment, new String(ch, off, len));
            }

            @Override
            public void processingInstruction(String t, String d) throws SAXException {
                call(pi, t, d == null ? "" : d);
            }

            @Override
            public void startPrefixMapping(String prefix, String uri) throws SAXException {
                call(startNs, prefix == null || prefix.isEmpty() ? dev.taipan.runtime.objects.PNone.NONE : prefix, uri);
            }

            @Override
            public void endPrefixMapping(String prefix) throws SAXException {
                call(endNs, prefix == null || prefix.isEmpty() ? dev.taipan.runtime.objects.PNone.NONE : prefix);
            }

            @Override
            public org.xml.sax.InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) {
                return new InputSource(new StringReader(""));
            }
        };
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(ns);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser p = f.newSAXParser();
            p.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
            InputSource in = bytes != null ? new InputSource(new ByteArrayInputStream(bytes)) : new InputSource(new StringReader(text));
            p.parse(in, handler);
        } catch (GuestFailure g) {
            throw g.exception;
        } catch (SAXParseException e) {
            CallDispatch.call(GenericAttributes.getAttribute(target, "_fail"), String.valueOf(e.getMessage()), (long) Math.max(e.getLineNumber(), 1), (long) Math.max(e.getColumnNumber() - 1, 0));
        } catch (SAXException | java.io.IOException | javax.xml.parsers.ParserConfigurationException e) {
            CallDispatch.call(GenericAttributes.getAttribute(target, "_fail"), String.valueOf(e.getMessage()), 1L, 0L);
        }
    }
}
