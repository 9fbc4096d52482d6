package org.blohub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.blohub.crypto.pki.PemFiles;
import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.DemoNetworkBootstrap;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryLoader;
import org.blohub.hub.registry.RegistryTrust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** A {@code disabled} marker in the callers file keeps the account but refuses its sign-in; others still sign in. */
class DisabledAccountLoginTest {

    @TempDir
    Path directory;

    @Test
    void refusesTheSignInOfADisabledAccountWithTheRightPassword() throws Exception {
        DemoNetworkBootstrap bootstrap = new DemoNetworkBootstrap(directory.resolve("demo"), directory,
                Path.of("..", "config", "demo", "network.yaml"), Clock.systemUTC());
        bootstrap.ensure(List.of("TH"));
        NodeMaterial th = new NodeMaterial(directory.resolve("demo"), "TH");
        NetworkRegistry registry = new RegistryLoader(new RegistryTrust(PemFiles.readCertificates(th.trustRoot()),
                PemFiles.readCrls(th.crls())), Clock.systemUTC()).load(th.registry());
        List<DemoCredentials.Officer> officers = bootstrap.credentials().officers().stream()
                .filter(officer -> officer.node().equals("TH")).toList();
        DemoCredentials.Officer disabled = officers.get(0);
        DemoCredentials.Officer active = officers.get(1);
        Files.writeString(th.callers(), "officer." + disabled.user() + ".disabled=2026-12-07T06\\:20\\:00Z\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        CallerDirectory callers = CallerDirectory.load(th.callers(), registry, "TH");
        DaoAuthenticationProvider login = new DaoAuthenticationProvider(new SecurityConfiguration().officers(callers,
                new AccountLockout(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), Clock.systemUTC()));
        login.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());

        assertThatThrownBy(() -> login.authenticate(
                new UsernamePasswordAuthenticationToken(disabled.user(), disabled.password())))
                .isInstanceOf(DisabledException.class);
        assertThat(callers.officer(disabled.user())).isPresent();
        assertThat(login.authenticate(new UsernamePasswordAuthenticationToken(active.user(), active.password()))
                .isAuthenticated()).isTrue();
    }
}
