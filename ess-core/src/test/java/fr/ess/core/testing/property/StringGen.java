package fr.ess.core.testing.property;

import java.util.ArrayList;
import java.util.List;

/**
 * A generator of strings — « chaînes » — over an alphabet, with length bounds; obtained from
 * {@link Gen#strings()} and narrowed with {@link #numeric()}, {@link #withChars(String)},
 * {@link #withCharRange(char, char)}, {@link #ofLength(int)}… Strings shrink toward shorter ones and toward
 * the first characters of the alphabet (for any character: the printable ASCII characters, space first).
 *
 * <p>Without an alphabet, any UTF-16 unit is possible, lone surrogates and controls included, and at random
 * half of the characters are printable ASCII; with {@link #all()}, every UTF-16 unit is as likely.
 */
public final class StringGen implements Gen<String> {

    static final StringGen ANY = new StringGen(List.of(), 0, ListGen.DEFAULT_MAX_SIZE);
    private static final List<char[]> ALL = List.of(new char[] {' ', '~'}, new char[] {'\u0000', '\u001f'},
            new char[] {'\u007f', '\uffff'});

    private final List<char[]> ranges;
    private final int minLength;
    private final int maxLength;

    private StringGen(List<char[]> ranges, int minLength, int maxLength) {
        this.ranges = ranges;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    /** @return strings of any UTF-16 units (lone surrogates included), each as likely */
    public StringGen all() {
        return new StringGen(ALL, minLength, maxLength);
    }

    /** @return strings of ASCII digits, {@code 0} to {@code 9} (added to the alphabet so far) */
    public StringGen numeric() {
        return withCharRange('0', '9');
    }

    /** @return strings of ASCII letters (added to the alphabet so far) */
    public StringGen alpha() {
        return withCharRange('a', 'z').withCharRange('A', 'Z');
    }

    /**
     * @param first the first character
     * @param last the last character, not before {@code first}
     * @return strings whose alphabet also holds the characters between the two
     */
    public StringGen withCharRange(char first, char last) {
        if (last < first) {
            throw new IllegalArgumentException("empty range");
        }
        List<char[]> more = new ArrayList<>(ranges == ALL ? List.of() : ranges);
        more.add(new char[] {first, last});
        return new StringGen(List.copyOf(more), minLength, maxLength);
    }

    /**
     * @param chars characters
     * @return strings whose alphabet also holds these characters (shrinking toward the first given)
     */
    public StringGen withChars(String chars) {
        return withChars(chars.toCharArray());
    }

    /**
     * @param chars characters
     * @return strings whose alphabet also holds these characters (shrinking toward the first given)
     */
    public StringGen withChars(char... chars) {
        StringGen gen = this;
        for (char c : chars) {
            gen = gen.withCharRange(c, c);
        }
        return gen;
    }

    /**
     * @param length the length of every string
     * @return strings of exactly that length
     */
    public StringGen ofLength(int length) {
        return new StringGen(ranges, length, length);
    }

    /**
     * @param min the least length
     * @return strings of at least that length
     */
    public StringGen ofMinLength(int min) {
        return new StringGen(ranges, min, Math.max(min, maxLength));
    }

    /**
     * @param max the largest length
     * @return strings of at most that length
     */
    public StringGen ofMaxLength(int max) {
        return new StringGen(ranges, Math.min(minLength, max), max);
    }

    /** @return the generator of one character of the alphabet */
    public Gen<Character> chars() {
        List<char[]> alphabet = ranges.isEmpty() ? ALL : ranges;
        long size = alphabet.stream().mapToLong(r -> r[1] - r[0] + 1L).sum();
        long firstRange = alphabet.get(0)[1] - alphabet.get(0)[0] + 1L;
        boolean mostlyPrintable = ranges.isEmpty();
        return source -> {
            long index = mostlyPrintable && source.generating() && source.uniform(1) == 0
                    ? source.forced(size - 1, source.uniform(firstRange - 1))
                    : source.choice(size - 1);
            for (char[] range : alphabet) {
                long width = range[1] - range[0] + 1L;
                if (index < width) {
                    return (char) (range[0] + index);
                }
                index -= width;
            }
            throw new IllegalStateException("index out of the alphabet");
        };
    }

    @Override
    public String generate(Source source) {
        List<Character> chars = source.draw(chars().list().ofMinSize(minLength).ofMaxSize(maxLength));
        StringBuilder s = new StringBuilder(chars.size());
        chars.forEach(s::append);
        return s.toString();
    }
}
