package io.opendoms.gateway.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The RSA key that signs every access token. */
public final class SigningKey {

    /**
     * Reads the private JWK in {@code keyFile}; when there is none, generates a key and writes it
     * there (readable by the owner only) so that tokens and the services' cached JWKS survive a
     * restart. Without a file the key is ephemeral.
     */
    public static RSAKey loadOrCreate(@Nullable Path keyFile) {
        if (keyFile != null && Files.exists(keyFile)) {
            return read(keyFile);
        }
        RSAKey key = generate();
        if (keyFile != null) {
            write(keyFile, key);
        }
        return key;
    }

    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the token signing key", e);
        }
    }

    private static RSAKey read(Path keyFile) {
        try {
            RSAKey key = RSAKey.parse(Files.readString(keyFile));
            if (!key.isPrivate()) {
                throw new IllegalStateException(keyFile + " holds a public key; the gateway needs the private RSA JWK");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token signing key " + keyFile, e);
        } catch (ParseException e) {
            throw new IllegalStateException(keyFile + " is not an RSA JWK: " + e.getMessage(), e);
        }
    }

    private static void write(Path keyFile, RSAKey key) {
        try {
            Path dir = keyFile.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // created private, never readable by others even for a moment
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(keyFile, key.toJSONString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the token signing key " + keyFile, e);
        }
    }

    private SigningKey() {
    }
}
