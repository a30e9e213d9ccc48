/** The demo products' pictures: drawn by the project itself and served as Broadleaf static assets. */
package io.crosssell.demo.media;
