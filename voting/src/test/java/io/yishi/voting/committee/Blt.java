package io.yishi.voting.committee;

import io.yishi.voting.ranked.Profile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads an election in the BLT format (used by OpenSTV, Droop and eSTV) for the tests. */
final class Blt {

  final int seats;
  final Profile profile;

  private Blt(int seats, Profile profile) {
    this.seats = seats;
    this.profile = profile;
  }

  static Blt read(String resource) {
    try (InputStream in = Blt.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8));
      String[] head = reader.readLine().trim().split("\\s+");
      int m = Integer.parseInt(head[0]);
      int seats = Integer.parseInt(head[1]);
      List<long[]> lines = new ArrayList<>();
      for (String line = reader.readLine(); !line.trim().equals("0");
          line = reader.readLine()) {
        String[] parts = line.trim().split("\\s+");
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
          numbers[i] = Long.parseLong(parts[i]);
        }
        lines.add(numbers);
      }
      List<String> names = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        names.add(reader.readLine().trim().replace("\"", ""));
      }
      Profile.Builder builder = Profile.builder(names);
      for (long[] numbers : lines) {
        int[] order = new int[numbers.length - 2];
        for (int i = 0; i < order.length; i++) {
          order[i] = (int) numbers[i + 1] - 1;
        }
        builder.addOrder(order, numbers[0]);
      }
      return new Blt(seats, builder.build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
