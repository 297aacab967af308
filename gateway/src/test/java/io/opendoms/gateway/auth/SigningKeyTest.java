package io.opendoms.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @TempDir
    Path dir;

    @Test
    void makesANewKeyEachStartWithoutAFile() {
        RSAKey first = SigningKey.loadOrCreate(null);
        RSAKey second = SigningKey.loadOrCreate(null);

        assertThat(first.isPrivate()).isTrue();
        assertThat(first.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(first.getKeyID()).isNotEqualTo(second.getKeyID());
    }

    @Test
    void writesANewKeyToTheFileAndReadsItBack() throws Exception {
        Path keyFile = dir.resolve("secrets").resolve("signing-key.json");

        RSAKey written = SigningKey.loadOrCreate(keyFile);
        RSAKey read = SigningKey.loadOrCreate(keyFile);

        assertThat(read).isEqualTo(written);
        assertThat(read.isPrivate()).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void refusesAFileWithOnlyThePublicKey() throws Exception {
        Path keyFile = dir.resolve("public.json");
        Files.writeString(keyFile, SigningKey.generate().toPublicJWK().toJSONString());

        assertThatThrownBy(() -> SigningKey.loadOrCreate(keyFile)).hasMessageContaining("public key");
    }

    @Test
    void refusesAFileThatIsNotAKey() throws Exception {
        Path keyFile = dir.resolve("garbage.json");
        Files.writeString(keyFile, "{\"hello\":\"world\"}");

        assertThatThrownBy(() -> SigningKey.loadOrCreate(keyFile)).hasMessageContaining("not an RSA JWK");
    }
}
