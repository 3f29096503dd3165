package dev.plaza.federation.peer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * A certificate authority made up when a test starts, and one server certificate it signed for
 * {@code 127.0.0.1} and {@code localhost}, so that Plaza and the Fedify peer talk HTTPS to each other
 * as real servers do. The keys live only in memory and in PEM files in a temporary folder that is
 * deleted when the JVM exits; nothing is committed. Both sides trust the CA only where a test says so:
 * Plaza through {@code GuardSettings#withExtraTrustAnchors}, Node through NODE_EXTRA_CA_CERTS
 * ({@link PeerOptions#withHttps(TestCa)}).
 */
public final class TestCa {

    private static final Duration VALIDITY = Duration.ofDays(2);
    private static final AlgorithmIdentifier ECDSA_SHA256 = new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final X509Certificate certificate;
    private final X509Certificate serverCertificate;
    private final PrivateKey serverKey;
    private final Path certificatePem;
    private final Path serverChainPem;
    private final Path serverKeyPem;

    private TestCa(X509Certificate certificate, X509Certificate serverCertificate, PrivateKey serverKey, Path dir) {
        this.certificate = certificate;
        this.serverCertificate = serverCertificate;
        this.serverKey = serverKey;
        this.certificatePem = write(dir.resolve("ca.pem"), pem("CERTIFICATE", encoded(certificate)));
        this.serverChainPem = write(dir.resolve("server-chain.pem"),
                pem("CERTIFICATE", encoded(serverCertificate)) + pem("CERTIFICATE", encoded(certificate)));
        this.serverKeyPem = write(dir.resolve("server-key.pem"), pem("PRIVATE KEY", serverKey.getEncoded()));
    }

    /** A new CA (P-256, valid from an hour ago for two days) and its server certificate for 127.0.0.1 and localhost. */
    public static TestCa create() {
        try {
            Instant now = Instant.now();
            KeyPair ca = newKeyPair();
            KeyPair server = newKeyPair();
            X500Name caName = new X500Name("CN=Plaza test CA " + now.toEpochMilli());
            X509Certificate caCertificate = sign(caName, caName, ca.getPublic(), ca, now, caExtensions(ca.getPublic()));
            X509Certificate serverCertificate = sign(caName, new X500Name("CN=127.0.0.1"), server.getPublic(), ca, now,
                    serverExtensions(server.getPublic(), ca.getPublic()));
            Path dir = Files.createTempDirectory("plaza-test-ca");
            dir.toFile().deleteOnExit();
            return new TestCa(caCertificate, serverCertificate, server.getPrivate(), dir);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not make a test CA: " + e.getMessage(), e);
        }
    }

    /** The CA certificate: what a client adds to its trust anchors. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The CA certificate as a PEM file (for NODE_EXTRA_CA_CERTS). */
    public Path certificatePem() {
        return certificatePem;
    }

    /** The server certificate and then the CA's, as one PEM file (what a server presents). */
    public Path serverChainPem() {
        return serverChainPem;
    }

    /** The server's private key as a PKCS#8 PEM file. */
    public Path serverKeyPem() {
        return serverKeyPem;
    }

    /** Serves the server certificate and its chain, e.g. for a JDK HttpsServer. */
    public SSLContext serverContext() {
        try {
            KeyStore store = emptyStore();
            char[] password = new char[0];
            store.setKeyEntry("server", serverKey, password, new X509Certificate[] {serverCertificate, certificate});
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not build a server TLS context from the test CA: " + e.getMessage(), e);
        }
    }

    /** Trusts this CA and nothing else, e.g. for a test's own HttpClient. */
    public SSLContext clientContext() {
        try {
            KeyStore store = emptyStore();
            store.setCertificateEntry("test-ca", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not build a client TLS context trusting the test CA: " + e.getMessage(), e);
        }
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static ExtensionsGenerator caExtensions(PublicKey key) throws IOException, GeneralSecurityException {
        ExtensionsGenerator extensions = new ExtensionsGenerator();
        extensions.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
        extensions.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        extensions.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyId(key)));
        return extensions;
    }

    private static ExtensionsGenerator serverExtensions(PublicKey key, PublicKey issuer) throws IOException, GeneralSecurityException {
        ExtensionsGenerator extensions = new ExtensionsGenerator();
        extensions.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        extensions.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        extensions.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        extensions.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.dNSName, "localhost")}));
        extensions.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyId(key)));
        extensions.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyId(issuer)));
        return extensions;
    }

    private static X509Certificate sign(X500Name issuer, X500Name subject, PublicKey key, KeyPair signer, Instant now,
            ExtensionsGenerator extensions) throws GeneralSecurityException, IOException {
        V3TBSCertificateGenerator tbs = new V3TBSCertificateGenerator();
        tbs.setSerialNumber(new ASN1Integer(new BigInteger(63, RANDOM)));
        tbs.setSignature(ECDSA_SHA256);
        tbs.setIssuer(issuer);
        tbs.setSubject(subject);
        tbs.setStartDate(new Time(Date.from(now.minus(Duration.ofHours(1)))));
        tbs.setEndDate(new Time(Date.from(now.plus(VALIDITY))));
        tbs.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(key.getEncoded()));
        tbs.setExtensions(extensions.generate());
        TBSCertificate toBeSigned = tbs.generateTBSCertificate();
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(signer.getPrivate());
        signature.update(toBeSigned.getEncoded(ASN1Encoding.DER));
        byte[] der = new DERSequence(new ASN1Encodable[] {
                toBeSigned, ECDSA_SHA256, new DERBitString(signature.sign())}).getEncoded(ASN1Encoding.DER);
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    /** RFC 5280 §4.2.1.2, method 1: SHA-1 of the subjectPublicKey bits. */
    private static byte[] keyId(PublicKey key) throws GeneralSecurityException {
        byte[] bits = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getPublicKeyData().getBytes();
        return MessageDigest.getInstance("SHA-1").digest(bits);
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store;
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN %s-----\n%s\n-----END %s-----\n".formatted(type,
                Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der), type);
    }

    private static Path write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.US_ASCII);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
