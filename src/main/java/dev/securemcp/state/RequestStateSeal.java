package dev.securemcp.state;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.protocol.McpException;

/**
 * Seals a {@link SealedState} into the opaque {@code requestState} string a client echoes back, and
 * opens it again: AES-256-GCM (the JDK's), so a state is both secret and tamper-evident. The key
 * is derived from the configured secret with HMAC-SHA256; states sealed under a previous secret
 * still open until they expire.
 */
@ApplicationScoped
public class RequestStateSeal {
    private static final byte FORMAT = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] LABEL = "secure-mcp request state v1".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretKeySpec sealing;
    private final java.util.List<SecretKeySpec> opening;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public RequestStateSeal(StateSecrets secrets, StateConfig config) {
        this(secrets, config.ttl(), Clock.systemUTC());
    }

    RequestStateSeal(StateSecrets secrets, Duration ttl, Clock clock) {
        this.sealing = derive(secrets.current());
        this.opening = secrets.all().stream().map(RequestStateSeal::derive).toList();
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A state for {@code subject}'s request, valid for the configured time from now. */
    public String seal(String subject, String method, String name, ObjectNode answers) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("s", subject);
        payload.put("e", clock.instant().plus(ttl).getEpochSecond());
        payload.put("m", method);
        payload.put("n", name);
        payload.set("a", answers);
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealing, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(new byte[] { FORMAT });
            byte[] sealed = cipher.doFinal(JSON.writeValueAsBytes(payload));
            byte[] out = new byte[1 + IV_BYTES + sealed.length];
            out[0] = FORMAT;
            System.arraycopy(iv, 0, out, 1, IV_BYTES);
            System.arraycopy(sealed, 0, out, 1 + IV_BYTES, sealed.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException | java.io.IOException broken) {
            throw new IllegalStateException("Cannot seal a request state", broken);
        }
    }

    /**
     * The state's answers, once it proves to be sealed here, unexpired, the caller's own and for this
     * very request.
     *
     * @throws McpException -32602 naming what is wrong with it
     */
    public SealedState open(String state, String subject, String method, String name) {
        JsonNode payload = decrypt(state);
        String owner = payload.path("s").asText(null);
        long expires = payload.path("e").asLong(0);
        if (clock.instant().getEpochSecond() >= expires) {
            throw McpException.invalidParams("Invalid requestState: it has expired; send the request again without it.");
        }
        if (!Objects.equals(owner, subject)) {
            throw McpException.invalidParams("Invalid requestState: it was issued to another caller.");
        }
        if (!Objects.equals(payload.path("m").asText(null), method)
                || !Objects.equals(payload.path("n").isNull() ? null : payload.path("n").asText(null), name)) {
            throw McpException.invalidParams("Invalid requestState: it belongs to another request.");
        }
        ObjectNode answers = payload.get("a") instanceof ObjectNode object ? object : JSON.createObjectNode();
        return new SealedState(owner, expires, method, name, answers);
    }

    private JsonNode decrypt(String state) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(state);
        } catch (IllegalArgumentException notBase64) {
            throw tampered();
        }
        if (raw.length < 1 + IV_BYTES + TAG_BITS / 8 || raw[0] != FORMAT) {
            throw tampered();
        }
        for (SecretKeySpec key : opening) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 1, IV_BYTES));
                cipher.updateAAD(new byte[] { FORMAT });
                byte[] plain = cipher.doFinal(raw, 1 + IV_BYTES, raw.length - 1 - IV_BYTES);
                return JSON.readTree(plain);
            } catch (AEADBadTagException otherKeyOrTampered) {
                // try the next secret
            } catch (GeneralSecurityException | java.io.IOException broken) {
                throw tampered();
            }
        }
        throw tampered();
    }

    private static McpException tampered() {
        return McpException.invalidParams("Invalid requestState: it fails its integrity check "
                + "(altered, or sealed with a secret this server does not hold).");
    }

    private static SecretKeySpec derive(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(LABEL), "AES");
        } catch (GeneralSecurityException broken) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", broken);
        }
    }
}
