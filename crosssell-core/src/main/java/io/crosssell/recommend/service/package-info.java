/**
 * The Spring-facing recommendation service: assembles the engine from the source beans and keeps it
 * current with changes made by other processes.
 */
package io.crosssell.recommend.service;
