import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Checks that each PNG named is not blank: at least 2% of its pixels differ from its top-left pixel and it has dark
 * pixels (text). Exit 0 when all pass, 1 otherwise. Run as a source file: {@code java NotBlank.java a.png b.png}.
 */
public class NotBlank {
    public static void main(String[] args) throws Exception {
        boolean ok = true;
        for (String name : args) {
            BufferedImage image = ImageIO.read(new File(name));
            if (image == null) {
                System.out.println(name + ": not an image");
                ok = false;
                continue;
            }
            int background = image.getRGB(0, 0);
            long different = 0;
            long dark = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    if (rgb != background) {
                        different++;
                    }
                    int r = (rgb >> 16) & 0xff;
                    int g = (rgb >> 8) & 0xff;
                    int b = rgb & 0xff;
                    if (r + g + b < 200) {
                        dark++;
                    }
                }
            }
            double share = 100.0 * different / ((long) image.getWidth() * image.getHeight());
            boolean pass = share >= 2 && dark > 500;
            System.out.printf("%s: %dx%d, %.1f%% of pixels drawn, %d dark: %s%n", name, image.getWidth(),
                    image.getHeight(), share, dark, pass ? "not blank" : "BLANK");
            ok &= pass;
        }
        System.exit(ok ? 0 : 1);
    }
}
