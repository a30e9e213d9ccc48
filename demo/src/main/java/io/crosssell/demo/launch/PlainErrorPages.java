package io.crosssell.demo.launch;

import java.io.IOException;
import java.io.Writer;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.StringUtil;

/**
 * Error pages that say what went wrong in a sentence and nothing about the code: no stack trace, no
 * exception message, no servlet name. A short message set by the application with {@code sendError}
 * (e.g. "The upload is too large.") is shown, escaped.
 */
final class PlainErrorPages extends ErrorHandler {

    PlainErrorPages() {
        setShowStacks(false);
        setShowMessageInTitle(false);
        setShowServlet(false);
    }

    /** Always the HTML page: Jetty's plain-text and JSON variants would carry the exception's message. */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
            int code, String message) throws IOException {
        generateAcceptableResponse(baseRequest, request, response, code, message, "text/html");
    }

    @Override
    protected void writeErrorPage(HttpServletRequest request, Writer writer, int code, String message, boolean showStacks)
            throws IOException {
        String sentence = message == null || message.contains("Exception") || message.length() > 200
                ? defaultSentence(code) : message;
        writer.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + code + "</title></head><body><h1>"
                + code + "</h1><p>" + StringUtil.sanitizeXmlString(sentence) + "</p><p><a href=\"/\">Home</a></p></body></html>\n");
    }

    private static String defaultSentence(int code) {
        switch (code) {
            case 400: return "The request could not be read.";
            case 403: return "You may not do that.";
            case 404: return "There is no such page.";
            case 405: return "That is not allowed here.";
            case 413: return "The request is too large.";
            default: return "Something went wrong on our side. Please try again.";
        }
    }
}
