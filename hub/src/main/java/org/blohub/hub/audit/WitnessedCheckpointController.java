package org.blohub.hub.audit;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What this node, as a witness, remembers of a peer's log: the largest checkpoint of it that it cosigned, as the
 * signed note it received (role AUDITOR, {@link AuditApiSecurity}). A peer's operator restoring that node from a
 * backup asks for it, to learn whether the backup is older than what this node already vouched for
 * (docs/operations.md, "Backup and restore").
 */
@RestController
class WitnessedCheckpointController {

    private final WitnessedCheckpoints witnessed;
    private final AuditOrigin origin;

    WitnessedCheckpointController(WitnessedCheckpoints witnessed, AuditOrigin origin) {
        this.witnessed = witnessed;
        this.origin = origin;
    }

    @GetMapping(value = "/api/audit/witnessed/{node}", produces = MediaType.TEXT_PLAIN_VALUE)
    String witnessed(@PathVariable String node) {
        AuditOrigin peer;
        try {
            peer = new AuditOrigin(origin.registryDomain(), node);
        } catch (AuditException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'" + node + "' is not a node id");
        }
        return witnessed.last(peer.name()).map(WitnessedCheckpoint::signedNote)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "this node has cosigned no checkpoint of " + peer.name()));
    }
}
