package dev.kabar.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteTableTest {

    @Test
    void should_list_the_methods_of_every_route_matching_a_path() {
        RouteTable table = new RouteTable();
        table.add("POST", "/api/ask");
        table.add("GET", "/api/articles/{id}");
        table.add("DELETE", "/api/articles/{id}");

        assertThat(table.allowed("/api/ask")).containsExactly("POST");
        assertThat(table.allowed("/api/articles/abc#3")).containsExactly("DELETE", "GET", "HEAD");
        assertThat(table.allowed("/api/articles/a/b")).isEmpty();
        assertThat(table.allowed("/api/ask/x")).isEmpty();
        assertThat(table.template("/api/articles/x.y")).hasValue("/api/articles/{id}");
        assertThat(table.template("/api/articles")).isEmpty();
    }

    @Test
    void should_treat_template_text_literally() {
        RouteTable table = new RouteTable();
        table.add("GET", "/a.b/{id}");

        assertThat(table.allowed("/a.b/1")).contains("GET");
        assertThat(table.allowed("/aXb/1")).isEmpty();
    }
}
