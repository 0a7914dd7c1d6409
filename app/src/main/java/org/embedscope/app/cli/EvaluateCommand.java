package org.embedscope.app.cli;

import picocli.CommandLine.Command;

@Command(name = "evaluate", description = "Benchmark the vectors with gensim's evaluation semantics.",
        subcommands = {EvaluateAnalogiesCommand.class, EvaluateSimilarityCommand.class})
final class EvaluateCommand implements Runnable {
    @Override
    public void run() {
        throw new UsageException("evaluate needs a subcommand: analogies or similarity");
    }
}
