package org.blohub.hub.pipeline;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A multipart/form-data submission as curl -F sends it: part 'message' (JSON) and one part 'attachment'. */
record MultipartUpload(String messageJson, String fileName, String mediaType, HttpRequest.BodyPublisher file) {

    static final String BOUNDARY = "blo-boundary-7d1f0c";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    static MultipartUpload of(String messageJson, String fileName, String mediaType, byte[] content) {
        return new MultipartUpload(messageJson, fileName, mediaType, HttpRequest.BodyPublishers.ofByteArray(content));
    }

    static MultipartUpload of(String messageJson, String fileName, String mediaType, Path content)
            throws FileNotFoundException {
        return new MultipartUpload(messageJson, fileName, mediaType, HttpRequest.BodyPublishers.ofFile(content));
    }

    HttpRequest.BodyPublisher body() {
        String head = "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"message\"\r\n"
                + "Content-Type: application/json\r\n\r\n"
                + messageJson + "\r\n"
                + "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"attachment\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + mediaType + "\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        return HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                file,
                HttpRequest.BodyPublishers.ofString(tail, StandardCharsets.UTF_8));
    }
}
