package org.blohub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.Office;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallerDirectoryTest {

    @TempDir
    Path directory;

    @Test
    void keepsADisabledAccountKnownButMarkedDisabled() throws Exception {
        CallerDirectory callers = load("""
                officer.anong.office=TH-CHIANGKHONG
                officer.anong.password={bcrypt}x
                officer.somchai.office=TH-CHIANGKHONG
                officer.somchai.password={bcrypt}y
                officer.somchai.disabled=true
                """);

        assertThat(callers.isDisabled("anong")).isFalse();
        assertThat(callers.isDisabled("somchai")).isTrue();
        assertThat(callers.officer("somchai")).map(OfficeCaller::office).contains("TH-CHIANGKHONG");
    }

    @Test
    void authenticatesNoOneWithARevokedToken() throws Exception {
        CallerDirectory callers = load("""
                token.customs.office=TH-CHIANGKHONG
                token.customs.sha256=%s
                token.old-customs.office=TH-CHIANGKHONG
                token.old-customs.sha256=%s
                token.old-customs.revoked=true
                """.formatted(HexFormat.of().formatHex(CallerDirectory.sha256("current-token")),
                HexFormat.of().formatHex(CallerDirectory.sha256("stolen-token"))));

        assertThat(callers.byToken("current-token")).map(OfficeCaller::name).contains("customs");
        assertThat(callers.byToken("stolen-token")).isEmpty();
    }

    private CallerDirectory load(String content) throws Exception {
        Path file = Files.writeString(directory.resolve("callers.properties"), content);
        NetworkRegistry registry = mock(NetworkRegistry.class);
        Office office = mock(Office.class);
        when(office.node()).thenReturn("TH");
        when(registry.office(anyString())).thenReturn(Optional.of(office));
        return CallerDirectory.load(file, registry, "TH");
    }
}
