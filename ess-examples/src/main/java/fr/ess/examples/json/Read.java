package fr.ess.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ess.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Function;

/**
 * A reader of one JSON value — « lecteur »: turns the node found at a path into a value, or into every
 * problem found, each located under that path. Readers compose ({@link #map}, {@link #then}) and the
 * combinators of {@link Reads} build the readers of arrays and objects from the readers of their parts.
 *
 * @param <T> the value read
 */
@FunctionalInterface
public interface Read<T> {

    /**
     * Reads a node.
     *
     * @param node the node (never Java {@code null}; a JSON {@code null} is a {@code NullNode})
     * @param path where the node is, e.g. {@code $.members[3].id}
     * @return the value, or every problem, located at or under {@code path}
     */
    Validation<Seq<Problem>, T> read(JsonNode node, String path);

    /**
     * Transforms the value read.
     *
     * @param <U> the new value
     * @param f the transformation (total: it cannot fail)
     * @return the reader of the transformed value
     */
    default <U> Read<U> map(Function<? super T, ? extends U> f) {
        return (node, path) -> read(node, path).map(f);
    }

    /**
     * Checks or converts the value read with a parser of the domain, whose problems have paths relative
     * to the value (usually empty, e.g. {@code Money.parse}); they are located under this reader's path.
     *
     * @param <U> the converted value
     * @param check the domain parser
     * @return the reader of the converted value
     */
    default <U> Read<U> then(Function<? super T, ? extends Validation<Seq<Problem>, ? extends U>> check) {
        return (node, path) -> read(node, path).flatMap(t -> Problem.under(path, Validation.narrow(check.apply(t))));
    }
}
