package io.crosssell.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class VisitorCookieTest {

    @Test
    void aFirstTrackedRequestGetsARandomIdInAnHttpOnlySameSiteCookieUsedForTheRestOfTheRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();

        String assigned = VisitorCookie.ensure(request, response);

        assertThat(assigned).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(response.getHeader("Set-Cookie")).isEqualTo("crosssell_visitor=" + assigned
                + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax");
        assertThat(VisitorCookie.ensure(request, response)).as("one id per request").isEqualTo(assigned);
        assertThat(response.getHeaders("Set-Cookie")).hasSize(1);
    }

    @Test
    void aKnownVisitorKeepsItsIdAndAForgedValueIsIgnored() {
        MockHttpServletRequest known = new MockHttpServletRequest();
        known.setCookies(new javax.servlet.http.Cookie(VisitorCookie.NAME, "0f8fad5b-d9cb-469f-a165-70867728950e"));
        MockHttpServletRequest forged = new MockHttpServletRequest();
        forged.setCookies(new javax.servlet.http.Cookie(VisitorCookie.NAME, "x' OR 1=1 --"));

        assertThat(VisitorCookie.ensure(known, new MockHttpServletResponse())).isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThat(VisitorCookie.read(forged)).isNull();
    }

    @Test
    void aSecureRequestGetsASecureCookie() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        VisitorCookie.ensure(request, response);

        assertThat(response.getHeader("Set-Cookie")).endsWith("; Secure");
    }
}
