package org.blohub.hub.airgap;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The administrator's air-gap actions (ADMIN role only, {@code /api/admin/**}): export what waits for a peer as a
 * bundle file, and import a bundle file another node exported for this one. See docs/operations.md, "Air-gap transfer".
 */
@RestController
@RequestMapping("/api/admin/airgap")
class AirGapController {

    static final String BUNDLE_ID_HEADER = "Blo-Bundle-Id";
    static final String ENVELOPES_HEADER = "Blo-Bundle-Envelopes";
    static final String LEFT_FOR_LINK_HEADER = "Blo-Bundle-Left-For-Link";

    private final BundleExport export;
    private final BundleImport importer;
    private final BundleRefusalAudit refusals;
    private final long maxBundleBytes;

    AirGapController(BundleExport export, BundleImport importer, BundleRefusalAudit refusals,
            @Value("${blo.airgap.max-bundle-size:256MB}") DataSize maxBundleSize) {
        this.export = export;
        this.importer = importer;
        this.refusals = refusals;
        this.maxBundleBytes = maxBundleSize.toBytes();
    }

    /** The bundle file for {@code peer}, as a download; nothing leaves the queue. */
    @PostMapping("/exports")
    ResponseEntity<byte[]> export(@RequestParam String peer, Authentication administrator) {
        try {
            BundleExport.Exported exported = export.export(peer, administrator.getName());
            BundleManifest manifest = exported.manifest();
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("application/zip"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(manifest.fromNode() + "-to-" + manifest.toNode() + "-" + manifest.bundleId()
                                    + ".blobundle.zip").build().toString())
                    .header(BUNDLE_ID_HEADER, manifest.bundleId())
                    .header(ENVELOPES_HEADER, Integer.toString(manifest.entries().size()))
                    .header(LEFT_FOR_LINK_HEADER, Integer.toString(exported.leftForTheLink()))
                    .body(exported.file());
        } catch (BundleRefusedException refused) {
            throw answer(refused);
        }
    }

    /** Imports the bundle file sent as the request body ({@code application/zip}). */
    @PostMapping("/imports")
    BundleImport.Imported importBundle(HttpServletRequest request, Authentication administrator) throws IOException {
        byte[] file = new byte[0];
        if (request.getContentLengthLong() <= maxBundleBytes) {
            try (InputStream body = request.getInputStream()) {
                file = body.readNBytes(Math.toIntExact(Math.min(Integer.MAX_VALUE - 8L, maxBundleBytes + 1)));
            }
        }
        try {
            if (request.getContentLengthLong() > maxBundleBytes || file.length > maxBundleBytes) {
                throw new BundleRefusedException(BundleRefusal.TOO_LARGE, "the file is larger than the "
                        + maxBundleBytes + " bytes this node accepts; raise blo.airgap.max-bundle-size on this"
                        + " node to import it");
            }
            return importer.importFile(file, administrator.getName());
        } catch (BundleRefusedException refused) {
            if (refused.refusal() == BundleRefusal.TOO_LARGE) {
                refusals.record(refused, BundleImport.REFUSED_ACTION, "bundle-file:(too large)", administrator.getName());
            }
            throw answer(refused);
        }
    }

    private static ResponseStatusException answer(BundleRefusedException refused) {
        HttpStatus status = switch (refused.refusal()) {
            case REPLAYED, NOTHING_WAITING -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNKNOWN_PEER -> HttpStatus.NOT_FOUND;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return new ResponseStatusException(status, refused.getMessage(), refused);
    }
}
