package uk.supportbudget.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;

import picocli.CommandLine;
import uk.supportbudget.service.Json;

/** What every command shares: stdout for one JSON document, stderr for people. */
abstract class CliCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    void printJson(Object document) {
        try {
            out().println(Json.MAPPER.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
        out().flush();
    }

    void say(String sentence) {
        err().println(sentence);
        err().flush();
    }
}
