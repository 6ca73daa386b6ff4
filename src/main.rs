fn main() {
    foldcards::mount();
}
