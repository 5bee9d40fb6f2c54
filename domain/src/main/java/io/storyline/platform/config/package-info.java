/**
 * Settings every module shares, read through MicroProfile Config: above all the data folder that holds the
 * database, the blob store and the search index ({@code storyline.data.dir}).
 */
package io.storyline.platform.config;
