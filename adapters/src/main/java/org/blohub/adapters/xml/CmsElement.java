package org.blohub.adapters.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Read access to an element of a schema-valid case system document, by local name in its namespace. */
record CmsElement(Element element, String path) {

    static CmsElement root(Element element) {
        return new CmsElement(element, "/" + element.getLocalName());
    }

    Optional<CmsElement> child(String name) {
        List<CmsElement> found = children(name);
        return found.isEmpty() ? Optional.empty() : Optional.of(new CmsElement(found.get(0).element(), path + "/" + name));
    }

    /** A child the schema requires. */
    CmsElement required(String name) {
        return child(name).orElseThrow(() -> new XmlSetupException("schema-valid document lacks " + path + "/" + name, null));
    }

    List<CmsElement> children(String name) {
        List<CmsElement> found = new ArrayList<>();
        int index = 0;
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && CmsSchema.NAMESPACE.equals(child.getNamespaceURI())
                    && name.equals(child.getLocalName())) {
                index++;
                found.add(new CmsElement(child, path + "/" + name + "[" + index + "]"));
            }
        }
        return found;
    }

    /** The element's text, surrounding white space removed. */
    String text() {
        return element.getTextContent().strip();
    }

    Optional<String> childText(String name) {
        return child(name).map(CmsElement::text).filter(text -> !text.isEmpty());
    }

    Optional<String> attribute(String name) {
        return element.hasAttribute(name) ? Optional.of(element.getAttribute(name).strip()) : Optional.empty();
    }
}
