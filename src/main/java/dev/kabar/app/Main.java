package dev.kabar.app;

/** Entry point. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("kabar");
    }
}
