package dev.plaza.atproto.firehose;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.car.Block;
import dev.plaza.atproto.car.Car;
import dev.plaza.atproto.car.CarLimits;
import dev.plaza.atproto.car.CarReader;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.mst.BlockSource;
import dev.plaza.atproto.repo.Commit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The CAR slice a commit or sync message carries, read once; refusals name the message. */
final class CarSlice {

    private final String where;
    private final Car car;

    private CarSlice(String where, Car car) {
        this.where = where;
        this.car = car;
    }

    static CarSlice read(DagValue.Bytes blocks, String where) {
        if (blocks.length() == 0) {
            throw new AtprotoException(where + " carries no blocks");
        }
        try {
            return new CarSlice(where, CarReader.readAll(blocks.asInputStream(), CarLimits.DEFAULT));
        } catch (AtprotoException e) {
            throw new AtprotoException("%s: its blocks are not a CAR file: %s".formatted(where, e.getMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory does not fail", e);
        }
    }

    /** The CAR's root, which a host sets to the commit the slice carries. */
    Cid root() {
        if (car.roots().isEmpty()) {
            throw new AtprotoException(where + ": its CAR slice names no root");
        }
        return car.roots().getFirst();
    }

    Commit commit(Cid cid) {
        Block block = car.blocks().get(cid).orElseThrow(() -> new AtprotoException(
                "%s: its CAR slice lacks the commit block %s".formatted(where, cid)));
        try {
            return Commit.decode(block.bytes());
        } catch (AtprotoException e) {
            throw new AtprotoException("%s: the commit block %s: %s".formatted(where, cid, e.getMessage()), e);
        }
    }

    Optional<Block> block(Cid cid) {
        return car.blocks().get(cid);
    }

    boolean contains(Cid cid) {
        return car.blocks().contains(cid);
    }

    BlockSource source() {
        return cid -> block(cid).map(Block::bytes);
    }
}
