package dev.plaza.atproto.car;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.atproto.cbor.DagCbor;
import dev.plaza.atproto.cid.Codec;
import dev.plaza.atproto.cid.Cid;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Real repository exports and slices, read where they lie. */
class CarVectorsTest {

    private static final Path TESTDATA = Path.of(System.getProperty("plaza.vectors"), "atproto-repos", "testing", "testdata");

    @Test
    void everyCarFileReadsWithEveryBlockVerifiedAndItsRootsPresent() throws IOException {
        List<Path> cars = carFiles();

        int blocks = 0;
        for (Path file : cars) {
            Car car;
            try (InputStream in = Files.newInputStream(file)) {
                car = CarReader.readAll(in, CarLimits.DEFAULT);
            }
            assertThat(car.roots()).as(file.getFileName().toString()).isNotEmpty();
            assertThat(car.blocks().size()).as(file.getFileName().toString()).isPositive();
            assertThat(car.blocks().contains(car.roots().getFirst())).as(file.getFileName().toString()).isTrue();
            for (Block block : car.blocks().blocks()) {
                assertThat(block.cid().verifies(block.bytes())).isTrue();
            }
            blocks += car.blocks().size();
        }
        assertThat(cars).hasSizeGreaterThanOrEqualTo(5);
        assertThat(blocks).isGreaterThan(1000);
    }

    @Test
    void divyRepoIsACarFile() throws IOException {
        byte[] bytes = Files.readAllBytes(TESTDATA.resolve("divy.repo"));

        Car car = CarReader.readAll(bytes);

        assertThat(bytes[0]).isEqualTo((byte) 0x3a);
        assertThat(car.roots()).hasSize(1);
        assertThat(car.blocks().size()).isPositive();
    }

    @Test
    void aCarNamedByItsRootHasThatRoot() throws IOException {
        String root = "bafyreieovfuizojpw3zresz7sx3nk4trm2by23pt5rxbey3jme4uo5ogiu";

        Car car = CarReader.readAll(Files.readAllBytes(TESTDATA.resolve(root + ".car")));

        assertThat(car.roots()).extracting(Object::toString).containsExactly(root);
    }

    @Test
    void everyDagCborBlockInTheRepositoriesIsCanonical() throws IOException {
        int checked = 0;
        for (Path file : carFiles()) {
            for (Block block : CarReader.readAll(Files.readAllBytes(file)).blocks().blocks()) {
                if (block.cid().codec() == Codec.DAG_CBOR) {
                    assertThat(DagCbor.encode(block.decode())).as(block.toString()).isEqualTo(block.bytes());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void writingTheSectionsThatWereReadGivesBackTheSameFile() throws IOException {
        for (Path file : carFiles()) {
            byte[] original = Files.readAllBytes(file);
            List<Block> sections = new ArrayList<>();
            List<Cid> roots;
            try (CarReader reader = CarReader.open(new ByteArrayInputStream(original))) {
                roots = reader.roots();
                for (Optional<Block> block = reader.next(); block.isPresent(); block = reader.next()) {
                    sections.add(block.get());
                }
            }

            byte[] written = CarWriter.toBytes(roots, sections);

            assertThat(Arrays.equals(written, original)).as("%s written back", file.getFileName()).isTrue();
        }
    }

    @Test
    void aBlockMapKeepsOneBlockPerCidWhereAFileRepeatsOne() throws IOException {
        byte[] bytes = Files.readAllBytes(TESTDATA.resolve("fakermaker.repo.car"));
        int sections = 0;
        try (CarReader reader = CarReader.open(new ByteArrayInputStream(bytes))) {
            while (reader.next().isPresent()) {
                sections++;
            }
        }

        Car car = CarReader.readAll(bytes);
        Car again = CarReader.readAll(car.toBytes());

        assertThat(sections).isEqualTo(690);
        assertThat(car.blocks().size()).isEqualTo(682);
        assertThat(again.roots()).isEqualTo(car.roots());
        assertThat(again.blocks().cids()).containsExactlyElementsOf(car.blocks().cids());
    }

    private static List<Path> carFiles() throws IOException {
        try (Stream<Path> files = Files.list(TESTDATA)) {
            return files.filter(file -> file.toString().endsWith(".car") || file.toString().endsWith(".repo")).sorted().toList();
        }
    }
}
