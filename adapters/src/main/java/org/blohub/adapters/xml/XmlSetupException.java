package org.blohub.adapters.xml;

/** The JDK's XML machinery cannot be set up as the translator needs (a broken runtime or class path). */
final class XmlSetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    XmlSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
