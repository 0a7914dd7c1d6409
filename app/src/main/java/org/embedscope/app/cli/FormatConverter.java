package org.embedscope.app.cli;

import org.embedscope.model.io.VectorFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** `--format NAME` and `--to NAME`: the format ids and their aliases (fasttext = word2vec). */
final class FormatConverter implements ITypeConverter<VectorFormat> {
    @Override
    public VectorFormat convert(String value) {
        try {
            return VectorFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
