package uk.supportbudget.testing;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.supportbudget.cli.Cli;

/** Runs the command line in-process and keeps what it printed. */
public record CliRun(int exit, String out, String err) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    public JsonNode json() {
        try {
            return MAPPER.readTree(out);
        } catch (Exception e) {
            throw new AssertionError("stdout is not JSON: " + out + "\nstderr: " + err, e);
        }
    }

    @Override
    public String toString() {
        return "exit " + exit + "\nstdout: " + out + "\nstderr: " + err;
    }
}
