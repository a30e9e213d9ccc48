/**
 * The demo's order e-mail: Broadleaf's e-mail service renders it with its Thymeleaf e-mail engine
 * (including the plugin's post-purchase offers) and an outbox writes it to files instead of an SMTP server.
 */
package io.crosssell.demo.mail;
