package dev.securemcp.cli.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class TokenStoreTest {

    private static ObjectNode login(String server, String token) {
        return JsonNodeFactory.instance.objectNode().put("server", server).put("resource", server).put("access_token", token);
    }

    @Test
    void theStoreLivesInXdgConfigHomeElseInDotConfig() {
        assertEquals(Path.of("/x/secure-mcp"), TokenStore.inConfigHome(Map.of("XDG_CONFIG_HOME", "/x")::get).dir());
        assertEquals(Path.of(System.getProperty("user.home"), ".config", "secure-mcp"), TokenStore.inConfigHome(name -> null).dir());
    }

    @Test
    void theFolderIsTheOwnersOnlyAndSoIsEachFile() throws Exception {
        Path dir = Files.createTempDirectory("store").resolve("secure-mcp");
        TokenStore store = new TokenStore(dir);
        String name = TokenStore.loginName("http://as", "http://rs/mcp");
        store.update(name, previous -> login("http://rs/mcp", "t1"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(".lock"))));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void anUpdateSeesTheStoredContentAndNullDeletes() throws Exception {
        TokenStore store = new TokenStore(Files.createTempDirectory("store"));
        String name = TokenStore.loginName("http://as", "http://rs/mcp");
        store.update(name, previous -> login("http://rs/mcp", "t1"));
        store.update(name, previous -> previous.put("access_token", previous.get("access_token").asText() + "+t2"));
        assertEquals("t1+t2", store.read(name).orElseThrow().get("access_token").asText());
        assertEquals("t1+t2", store.loginFor("http://rs/mcp").orElseThrow().get("access_token").asText());
        store.update(name, previous -> null);
        assertFalse(store.read(name).isPresent());
        assertFalse(store.loginFor("http://rs/mcp").isPresent());
    }

    @Test
    void loginsAreKeptPerAuthorizationServerAndResource() {
        assertFalse(TokenStore.loginName("http://as1", "http://rs").equals(TokenStore.loginName("http://as2", "http://rs")));
        assertFalse(TokenStore.loginName("http://as", "http://rs1").equals(TokenStore.loginName("http://as", "http://rs2")));
    }
}
