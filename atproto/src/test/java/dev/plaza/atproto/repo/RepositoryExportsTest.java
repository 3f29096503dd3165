package dev.plaza.atproto.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.car.Car;
import dev.plaza.atproto.car.CarReader;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.crypto.SigningKey;
import dev.plaza.atproto.identity.DidDocument;
import dev.plaza.atproto.mst.Mst;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The real repository exports in shared/vectors/atproto-repos: every one reads, walks and verifies. */
class RepositoryExportsTest {

    private static final Path DATA = Path.of(System.getProperty("plaza.vectors"), "atproto-repos", "testing", "testdata");

    @ParameterizedTest
    @CsvSource({"paul_staging.repo.car,paul_staging.didDoc.json", "fakermaker.repo.car,fakermaker.didDoc.json"})
    void anExportWithItsDidDocumentVerifiesAndEveryRecordReads(String car, String didDoc) throws IOException {
        Repository repository = Repository.of(CarReader.readAll(Files.readAllBytes(DATA.resolve(car))));
        DidDocument document = DidDocument.parse(Files.readAllBytes(DATA.resolve(didDoc)));

        assertThat(repository.commit().did()).isEqualTo(document.did().toString());
        repository.verify(document.signingKey().orElseThrow());
        AtomicInteger records = new AtomicInteger();
        List<String> types = new ArrayList<>();
        repository.forEachRecord((path, record) -> {
            records.incrementAndGet();
            String collection = path.substring(0, path.indexOf('/'));
            assertThat(record).isInstanceOf(DagValue.Map.class);
            ((DagValue.Map) record).text("$type").ifPresent(type -> {
                assertThat(type).as(path).isEqualTo(collection);
                types.add(type);
            });
        });
        assertThat(records.get()).isPositive();
        assertThat(types).isNotEmpty();
        assertThat(Mst.of(repository.tree().records()).root()).isEqualTo(repository.commit().data());
    }

    @ParameterizedTest
    @CsvSource({"greenground.repo.car", "divy.repo", "bafyreieovfuizojpw3zresz7sx3nk4trm2by23pt5rxbey3jme4uo5ogiu.car"})
    void anExportWithoutItsDidDocumentStillWalksToEveryRecord(String car) throws IOException {
        Repository repository = Repository.of(CarReader.readAll(Files.readAllBytes(DATA.resolve(car))));
        AtomicInteger records = new AtomicInteger();

        repository.forEachRecord((path, record) -> records.incrementAndGet());

        assertThat(records.get()).isPositive();
        assertThat(Mst.of(repository.tree().records()).root()).isEqualTo(repository.commit().data());
    }

    @Test
    void aSliceOfARepositoryNamesTheRecordsItDoesNotCarry() throws IOException {
        Repository slice = Repository.of(CarReader.readAll(Files.readAllBytes(DATA.resolve("repo_slice.car"))));

        assertThat(slice.commit().did()).isEqualTo("did:plc:6evlgoug7wwijzxhzt2riyic");
        assertThatThrownBy(() -> slice.forEachRecord((path, record) -> { }))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("is not among the blocks at hand");
    }

    @Test
    void everyCarInTheFolderReadsWithEachBlockCheckedAgainstItsCid() throws IOException {
        List<Path> cars;
        try (var files = Files.list(DATA)) {
            cars = files.filter(p -> p.toString().endsWith(".car")).sorted().toList();
        }
        for (Path file : cars) {
            Car car = CarReader.readAll(Files.readAllBytes(file));
            assertThat(car.blocks().size()).as(file.getFileName().toString()).isPositive();
            assertThat(car.roots()).as(file.getFileName().toString()).isNotEmpty();
        }
        assertThat(cars).hasSize(5);
    }

    @Test
    void aRepositorySignedByAnotherKeyIsRefused() throws IOException {
        Repository repository = Repository.of(CarReader.readAll(Files.readAllBytes(DATA.resolve("paul_staging.repo.car"))));

        assertThatThrownBy(() -> repository.verify(SigningKey.generate(KeyType.K256).publicKey()))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("the signature of the commit");
    }
}
