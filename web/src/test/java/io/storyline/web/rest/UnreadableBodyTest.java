package io.storyline.web.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

class UnreadableBodyTest {

    @Test
    void brokenOrMistypedJsonIsTheClientsToFix() {
        assertTrue(ProblemMappers.UnreadableBody.clientsBody(new ProcessingException(
                "RESTEASY008200: JSON Binding deserialization error", new JsonbException("Internal error",
                new JsonParsingException("Invalid token=EOF", null)))));
        assertTrue(ProblemMappers.UnreadableBody.clientsBody(new ProcessingException(
                "RESTEASY008200: JSON Binding deserialization error",
                new JsonbException("Unable to deserialize property 'ids'"))));
    }

    @Test
    void whatWeCannotBuildOrWriteStaysOurs() {
        assertFalse(ProblemMappers.UnreadableBody.clientsBody(new ProcessingException(
                "RESTEASY008200: JSON Binding deserialization error",
                new JsonbException("Cannot create instance of a record: class X, Multiple constructors found."))));
        assertFalse(ProblemMappers.UnreadableBody.clientsBody(new ProcessingException(
                "RESTEASY008205: JSON Binding serialization error", new JsonbException("cannot write"))));
    }
}
