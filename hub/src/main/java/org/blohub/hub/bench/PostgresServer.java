package org.blohub.hub.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

/**
 * The PostgreSQL server of the benchmark's PostgreSQL rows ({@code --postgres}): each run gets fresh databases for
 * TH and LA on it, and, when the server runs on this machine, its processes are found so that their CPU time
 * counts with the run's.
 *
 * @param url      the server's JDBC URL without a database, e.g. {@code jdbc:postgresql://localhost:5432/}
 * @param user     a user that may create databases
 * @param password its password
 */
record PostgresServer(String url, String user, String password) {

    PostgresServer {
        if (!url.startsWith("jdbc:postgresql:") || !url.endsWith("/")) {
            throw new BenchException("--postgres must be a PostgreSQL JDBC URL ending in '/', without a database, e.g."
                    + " jdbc:postgresql://localhost:5432/, not " + url);
        }
    }

    /** Creates an empty database and returns the settings that put a node on it. */
    Map<String, Object> freshDatabase(String name) {
        try (Connection admin = DriverManager.getConnection(url + "postgres", user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new BenchException("cannot create the database " + name + " on " + url + " as " + user + ": "
                    + e.getMessage(), e);
        }
        return Map.of("spring.datasource.url", url + name, "spring.datasource.username", user,
                "spring.datasource.password", password);
    }

    /**
     * The server's main process, when it runs on this machine: the parent of the backend serving a connection.
     * Empty for a server elsewhere, whose CPU time the benchmark cannot read.
     */
    Optional<ProcessHandle> localServerProcess() {
        try (Connection connection = DriverManager.getConnection(url + "postgres", user, password);
                Statement statement = connection.createStatement();
                ResultSet backend = statement.executeQuery("SELECT pg_backend_pid()")) {
            backend.next();
            return ProcessHandle.of(backend.getLong(1)).flatMap(ProcessHandle::parent);
        } catch (SQLException e) {
            throw new BenchException("cannot connect to " + url + " as " + user + ": " + e.getMessage(), e);
        }
    }
}
