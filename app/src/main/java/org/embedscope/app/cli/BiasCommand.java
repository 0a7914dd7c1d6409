package org.embedscope.app.cli;

import picocli.CommandLine.Command;

@Command(name = "bias", description = {"Measure and remove bias along a direction (Bolukbasi et al. 2016,"
        + " Caliskan et al. 2017, Gonen and Goldberg 2019).",
    "Lists are files (JSON, or one word or pair per line) or bundled names: pairs gender (default) and"
            + " equalize; words professions, gender-specific and the WEAT sets (bias weat --list)."},
        subcommands = {BiasDirectionCommand.class, BiasWeatCommand.class, BiasDirectCommand.class,
            BiasIndirectCommand.class, BiasDebiasCommand.class})
final class BiasCommand implements Runnable {
    @Override
    public void run() {
        throw new UsageException("bias needs a subcommand: direction, weat, direct, indirect or debias");
    }
}
