package io.storyline.web.documents.rest;

import java.util.List;

/** A page of documents and how many match in all. */
public record DocumentPageJson(List<DocumentJson> items, long total) {
}
